package com.dorsum.web.platform;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/** A lazy table that fetches only the page on screen, from a count and a page query of a domain service. */
public class PagedModel<T> extends LazyDataModel<T> {

    /** Loads the rows of one page: page number from 0, page size. */
    public interface PageLoader<T> {
        List<T> load(int page, int size);
    }

    private final transient LongSupplier counter;
    private final transient PageLoader<T> loader;

    public PagedModel(LongSupplier counter, PageLoader<T> loader) {
        this.counter = counter;
        this.loader = loader;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.getAsLong());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return loader.load(first / Math.max(pageSize, 1), pageSize);
    }
}
