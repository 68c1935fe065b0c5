package com.dorsum.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The secret under which every audit record is MACed (R22). It never lives in the database, so a row written or
 * edited there by anyone but the application fails verification. Taken from {@code clinic.audit.key} (Base64; in
 * Docker the environment variable {@code CLINIC_AUDIT_KEY}), else from the file {@code clinic.audit.key-file},
 * by default the domain's {@code config/audit.key}, which is created with a random key (mode 0600) on first start.
 * Servers sharing one database must share the key.
 */
@ApplicationScoped
public class AuditKey {

    private static final Logger LOG = Logger.getLogger(AuditKey.class.getName());
    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    @ConfigProperty(name = "clinic.audit.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "clinic.audit.key-file")
    Optional<String> keyFile;

    private SecretKeySpec key;

    @PostConstruct
    void load() {
        byte[] bytes = configuredKey.filter(k -> !k.isBlank())
                .map(k -> Base64.getDecoder().decode(k.trim()))
                .orElseGet(() -> readOrCreate(keyFile.map(Path::of).orElseGet(AuditKey::inDomainConfig)));
        if (bytes.length < 32) {
            throw new IllegalStateException("the audit key must have at least 32 bytes");
        }
        key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** The record's MAC as 64 hex digits. */
    String mac(String content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Next to the server's own secrets: the domain's config folder. */
    private static Path inDomainConfig() {
        return Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "config", "audit.key");
    }

    private static byte[] readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.CREATE_NEW);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            LOG.info(() -> "created the audit key " + file.toAbsolutePath());
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the audit key " + file, e);
        }
    }
}
