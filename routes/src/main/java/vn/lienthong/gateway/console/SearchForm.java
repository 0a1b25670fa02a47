package vn.lienthong.gateway.console;

/** The console's search form, bound from the query string so a search is a link that can be shared. */
public class SearchForm {

    private String state;
    private String sender;
    private String recipient;
    private String number;
    private String q;
    private String from;
    private String to;
    private String connector;
    private Integer page;

    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getSender() { return sender; }
    public void setSender(String sender) { this.sender = sender; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getConnector() { return connector; }
    public void setConnector(String connector) { this.connector = connector; }
    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page; }
}
