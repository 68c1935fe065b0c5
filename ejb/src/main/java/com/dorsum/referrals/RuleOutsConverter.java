package com.dorsum.referrals;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores the rule-outs of a referral as one comma-separated column (few values, never queried one by one). */
@Converter
public class RuleOutsConverter implements AttributeConverter<Set<RuleOut>, String> {

    @Override
    public String convertToDatabaseColumn(Set<RuleOut> ruleOuts) {
        return ruleOuts == null ? "" : ruleOuts.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<RuleOut> convertToEntityAttribute(String column) {
        Set<RuleOut> ruleOuts = EnumSet.noneOf(RuleOut.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(RuleOut::valueOf).forEach(ruleOuts::add);
        }
        return ruleOuts;
    }
}
