package com.dorsum.security;

import java.util.Set;

/** Who a successful sign-in proved the caller to be. */
public record SignedIn(String username, Set<String> groups) {
}
