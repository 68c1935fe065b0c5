package com.dorsum.web.injections;

import com.dorsum.injections.Injection;
import com.dorsum.injections.InjectionOverview;
import com.dorsum.injections.Injections;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Comparator;
import java.util.List;

/** The signed-in patient's own injections for the portal: history, count in six months, next eligible date. */
@Named
@RequestScoped
public class MyInjectionsBean {

    @Inject
    Injections injections;

    private InjectionOverview overview;

    public InjectionOverview getOverview() {
        if (overview == null) {
            overview = injections.mine();
        }
        return overview;
    }

    /** Newest first. */
    public List<Injection> getHistory() {
        return getOverview().items().stream().sorted(Comparator.comparing(Injection::getStart).reversed()).toList();
    }

}
