package vn.lienthong.gateway.statistics;

/** What a report's rows are about: agencies by their code, or the gateway's connectors. */
public enum Grouping {
    AGENCY,
    CONNECTOR
}
