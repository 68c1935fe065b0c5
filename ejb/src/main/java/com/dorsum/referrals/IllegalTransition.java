package com.dorsum.referrals;

import com.dorsum.platform.DomainException;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A status change the trail does not allow (e.g. an order reviewed before its result was received). */
public class IllegalTransition extends DomainException {

    public IllegalTransition(String what, Enum<?> from, Enum<?> to, Set<? extends Enum<?>> allowed) {
        super(Kind.CONFLICT, "ILLEGAL_TRANSITION",
                "A " + what + " that is " + from + " cannot become " + to
                        + (allowed.isEmpty() ? "; it is finished" : "; it can become " + names(allowed)),
                Map.of("from", from.name(), "to", to.name(), "allowed", names(allowed)));
    }

    private static Set<String> names(Set<? extends Enum<?>> statuses) {
        TreeSet<String> names = new TreeSet<>();
        statuses.forEach(s -> names.add(s.name()));
        return names;
    }
}
