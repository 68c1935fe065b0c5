package com.dorsum.web.security;

import com.dorsum.security.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The database identity store: accounts and PBKDF2 password hashes in the clinic's database. */
@ApplicationScoped
public class ClinicIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.verify(credential.getCaller(), credential.getPassword().getValue())
                .map(signedIn -> new CredentialValidationResult(signedIn.username(), signedIn.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
