package com.dorsum.referrals;

/** A result file as served: its safe name, its checked media type and its bytes. */
public record ResultDownload(String filename, String contentType, byte[] content) {
}
