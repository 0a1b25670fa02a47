package vn.lienthong.gateway.operations;

import java.util.List;

/**
 * One page of a longer list, with the total so a client can tell how many pages there are.
 *
 * @param page zero-based page number
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
