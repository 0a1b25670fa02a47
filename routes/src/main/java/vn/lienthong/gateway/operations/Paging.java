package vn.lienthong.gateway.operations;

/** Page and size as clients send them, bounded so one request cannot ask the store for everything. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new InvalidRequestException("page", "must be 0 or more", String.valueOf(p));
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidRequestException("size", "must be between 1 and " + MAX_SIZE, String.valueOf(s));
        }
        return new Paging(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
