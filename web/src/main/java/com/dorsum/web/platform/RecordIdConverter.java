package com.dorsum.web.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * A record's id in an address (?id=): a malformed one names no record, so the page says "not found" as for an id
 * that does not exist, instead of a conversion message.
 */
@FacesConverter("recordId")
public class RecordIdConverter implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
