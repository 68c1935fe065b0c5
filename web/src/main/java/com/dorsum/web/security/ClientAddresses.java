package com.dorsum.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The client address of a request, as sign-in delays and the audit trail know it: the socket's remote address,
 * unless that is one of the reverse proxies named in {@code clinic.trusted-proxies} (comma-separated addresses,
 * none by default). Only then is {@code X-Forwarded-For} read, from the right, skipping trusted proxies: anyone
 * can write that header, so it is believed only as far as a trusted proxy vouches for it.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "clinic.trusted-proxies")
    Optional<String> trustedProxies;

    private Set<String> trusted;

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (!trusted().contains(remote)) {
            return remote;
        }
        List<String> forwarded = request.getHeaders("X-Forwarded-For") == null ? List.of()
                : java.util.Collections.list(request.getHeaders("X-Forwarded-For")).stream()
                .flatMap(header -> Arrays.stream(header.split(","))).map(String::trim)
                .filter(hop -> !hop.isEmpty()).toList();
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            if (!trusted().contains(forwarded.get(i))) {
                return forwarded.get(i);
            }
        }
        return remote;
    }

    private Set<String> trusted() {
        if (trusted == null) {
            trusted = trustedProxies.map(list -> Arrays.stream(list.split(",")).map(String::trim)
                    .filter(address -> !address.isEmpty()).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
        }
        return trusted;
    }
}
