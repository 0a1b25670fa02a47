package vn.lienthong.gateway.statistics;

/**
 * How each figure's rows are told apart by unit, per side and grouping: the tables to read and the column that
 * names the unit. TOTAL counts every document once, under the unit {@code *}.
 */
enum UnitDimension {
    RECEIVED_AGENCY(Direction.RECEIVED,
            "messages m join recipients r on r.message_id = m.id join deliveries d on d.id = r.delivery_id",
            "r.agency_id", "dl.recipient_agency", "statuses s join messages m on m.id = s.message_id",
            "s.recipient_agency"),
    RECEIVED_CONNECTOR(Direction.RECEIVED, "messages m join deliveries d on d.message_id = m.id", "d.connector_id",
            "dl.connector_id", "statuses s join messages m on m.id = s.message_id join recipients r "
                    + "on r.message_id = s.message_id and r.agency_id = s.recipient_agency "
                    + "join deliveries d on d.id = r.delivery_id", "d.connector_id"),
    SENT_AGENCY(Direction.SENT, "messages m join deliveries d on d.message_id = m.id", "m.sender_agency",
            "dl.sender_agency", "statuses s join messages m on m.id = s.message_id", "m.sender_agency"),
    SENT_CONNECTOR(Direction.SENT, "messages m join deliveries d on d.message_id = m.id", "m.sender_connector",
            "dl.sender_connector", "statuses s join messages m on m.id = s.message_id", "m.sender_connector"),
    TOTAL(null, "messages m join deliveries d on d.message_id = m.id", null, null,
            "statuses s join messages m on m.id = s.message_id", null);

    final Direction direction;
    final String deliveries;
    final String deliveryUnit;
    final String deadlineUnit;
    final String statuses;
    final String statusUnit;
    /** The unit among the messages' own columns, for counting a sender's documents without the deliveries. */
    final String documentUnit;

    UnitDimension(Direction direction, String deliveries, String deliveryUnit, String deadlineUnit, String statuses,
                  String statusUnit) {
        this.direction = direction;
        this.documentUnit = deliveryUnit;
        this.deliveries = deliveries;
        this.deliveryUnit = deliveryUnit;
        this.deadlineUnit = deadlineUnit;
        this.statuses = statuses;
        this.statusUnit = statusUnit;
    }

    static UnitDimension of(Direction direction, Grouping grouping) {
        return switch (direction) {
            case RECEIVED -> grouping == Grouping.AGENCY ? RECEIVED_AGENCY : RECEIVED_CONNECTOR;
            case SENT -> grouping == Grouping.AGENCY ? SENT_AGENCY : SENT_CONNECTOR;
        };
    }

    /** The unit as a selected column: the column, or the constant {@code *} for the totals. */
    static String select(String unitColumn) {
        return unitColumn == null ? "'*'" : unitColumn;
    }

    /** The grouping clause for the unit and {@code more} columns; PostgreSQL refuses to group by a constant. */
    static String groupBy(String unitColumn, String more) {
        String columns = unitColumn == null ? more : more.isEmpty() ? unitColumn : unitColumn + ", " + more;
        return columns.isEmpty() ? "" : " group by " + columns;
    }
}
