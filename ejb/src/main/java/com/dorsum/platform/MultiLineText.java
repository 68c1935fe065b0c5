package com.dorsum.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field typed in a text area (notes, reasons, goals): it may hold line breaks and tabs. Every other text is
 * one line, and no text holds other control characters (NUL, escape, bell); the API refuses them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface MultiLineText {
}
