package vn.lienthong.gateway.console;

import java.security.Principal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lienthong.gateway.operations.ConnectorOperations;
import vn.lienthong.gateway.operations.DeadLetterQueries;
import vn.lienthong.gateway.operations.InvalidRequestException;
import vn.lienthong.gateway.operations.Paging;

/** {@code /console/connectors} with pause and resume, and {@code /console/dead-letters}. */
@Controller
public class ConsoleConnectorsController {

    private final ConnectorOperations connectors;
    private final DeadLetterQueries deadLetters;
    private final MessageSource messages;

    public ConsoleConnectorsController(ConnectorOperations connectors, DeadLetterQueries deadLetters,
                                       MessageSource messages) {
        this.connectors = connectors;
        this.deadLetters = deadLetters;
        this.messages = messages;
    }

    @GetMapping("/console/connectors")
    public String connectors(Model model) {
        model.addAttribute("connectors", connectors.all());
        return "console/connectors";
    }

    @PostMapping("/console/connectors/{id}/{action:pause|resume}")
    public String pauseOrResume(@PathVariable String id, @PathVariable String action,
                                @RequestParam(required = false) String reason, Principal user,
                                RedirectAttributes redirect, Locale locale) {
        try {
            if ("pause".equals(action)) {
                connectors.pause(id, user.getName(), reason);
            } else {
                connectors.resume(id, user.getName(), reason);
            }
            String key = "pause".equals(action) ? "connectors.paused.done" : "connectors.resumed.done";
            redirect.addFlashAttribute("flash", messages.getMessage(key, new Object[] {id}, locale));
        } catch (InvalidRequestException missingReason) {
            redirect.addFlashAttribute("flash", messages.getMessage("action.reasonRequired", null, locale));
        }
        return "redirect:/console/connectors";
    }

    @GetMapping("/console/dead-letters")
    public String deadLetters(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", deadLetters.page(Paging.of(page, null)));
        return "console/dead-letters";
    }
}
