package com.dorsum.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from, as the web tier determined it (the client address, behind trusted proxies
 * resolved), so that every audit record can name it; empty outside an HTTP request (timers, start-up).
 */
@RequestScoped
public class RequestOrigin {

    private String clientAddress;

    public String clientAddress() {
        return clientAddress;
    }

    public void cameFrom(String clientAddress) {
        this.clientAddress = clientAddress;
    }
}
