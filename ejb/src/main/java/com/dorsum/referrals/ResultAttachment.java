package com.dorsum.referrals;

/** A file that came with a result, already admitted by {@link ResultFileCheck}. */
public record ResultAttachment(String filename, ResultFileCheck.FileType type, byte[] content) {
}
