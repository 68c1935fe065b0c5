package com.dorsum.security;

import java.time.Instant;

/**
 * What a sign-in attempt came to: who signed in; or, while failed sign-ins delay this name or address, when to
 * try again; or neither (unknown name or wrong password, which read the same).
 */
public record SignInResult(SignedIn signedIn, Instant delayedUntil) {

    static SignInResult admitted(SignedIn signedIn) {
        return new SignInResult(signedIn, null);
    }

    static SignInResult delayed(Instant until) {
        return new SignInResult(null, until);
    }

    public static final SignInResult REFUSED = new SignInResult(null, null);

    public boolean admitted() {
        return signedIn != null;
    }

    public boolean delayed() {
        return delayedUntil != null;
    }
}
