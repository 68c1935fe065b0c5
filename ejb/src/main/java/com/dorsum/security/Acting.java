package com.dorsum.security;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/**
 * Server-side work done on behalf of an account, through the same services a signed-in person uses: the
 * container grants the account's role by {@code @RunAs} on one bean per role (its subclasses), and
 * {@link CurrentUser} names the account, so audit records, trails and "own record" checks read as that person.
 * Nothing a request can reach calls it; the demo clinic's generator does. Each call is one transaction.
 */
@PermitAll
public abstract class Acting {

    @Inject
    CurrentUser currentUser;

    @ActivateRequestContext
    public <T> T as(UserAccount account, Supplier<T> work) {
        if (account.getRole().name().equals(role())) {
            currentUser.actFor(account);
        } else {
            throw new IllegalArgumentException(account.getUsername() + " does not have the role " + role());
        }
        try {
            return work.get();
        } finally {
            currentUser.actFor(null);
        }
    }

    /** The role the subclass runs as. */
    abstract String role();
}
