package vn.lienthong.gateway.store;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * New keys for messages, packages and deliveries: version 7 UUIDs, which sort by creation time. Random keys put
 * every new row on a different index page, and an embedded database rewrites each page a commit touched; keys made
 * one after another share the last page of each index, so concurrent commits write far fewer pages.
 */
public final class StoreIds {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private StoreIds() {
    }

    public static String next() {
        return GENERATOR.generate().toString();
    }
}
