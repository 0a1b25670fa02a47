package vn.lienthong.gateway.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import vn.lienthong.gateway.config.OperationsProperties;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.operations.MessageFilter;
import vn.lienthong.gateway.operations.MessageSearchQueries;
import vn.lienthong.gateway.operations.NotFoundException;
import vn.lienthong.gateway.operations.Paging;
import vn.lienthong.gateway.store.DocumentQueries;
import vn.lienthong.gateway.store.MessageState;

/** {@code /console/messages}: the search form and one message's detail page. */
@Controller
public class ConsoleMessagesController {

    private final MessageSearchQueries search;
    private final DocumentQueries documents;
    private final ConnectorRegistry connectors;
    private final OperationsProperties properties;

    public ConsoleMessagesController(MessageSearchQueries search, DocumentQueries documents,
                                     ConnectorRegistry connectors, OperationsProperties properties) {
        this.search = search;
        this.documents = documents;
        this.connectors = connectors;
        this.properties = properties;
    }

    @GetMapping("/console/messages")
    public String search(@ModelAttribute("filters") SearchForm form, Model model) {
        MessageFilter filter = MessageFilter.parse(form.getState(), form.getSender(), form.getRecipient(),
                form.getNumber(), form.getQ(), form.getFrom(), form.getTo(), form.getConnector(),
                properties.timeZone());
        model.addAttribute("result", search.search(filter, Paging.of(form.getPage(), null)));
        model.addAttribute("states", MessageState.values());
        model.addAttribute("connectors", connectors.all());
        return "console/messages";
    }

    @GetMapping("/console/messages/{id}")
    public String detail(@PathVariable String id, Model model) {
        model.addAttribute("message", documents.find(id).orElseThrow(() -> new NotFoundException("message", id)));
        model.addAttribute("hasSent", documents.packageOf(id, "SENT").isPresent());
        return "console/message";
    }
}
