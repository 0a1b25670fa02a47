package vn.lienthong.gateway.console;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lienthong.gateway.operations.InvalidRequestException;
import vn.lienthong.gateway.operations.NotFoundException;
import vn.lienthong.gateway.operations.NothingToChangeException;
import vn.lienthong.gateway.operations.OperatorActionResult;
import vn.lienthong.gateway.operations.ReplayService;
import vn.lienthong.gateway.store.DocumentQueries;
import vn.lienthong.gateway.store.DocumentView;

/** Replay and abandon from the console: a confirmation page that shows what will change and asks why. */
@Controller
public class ConsoleActionsController {

    private static final Set<String> REPLAYABLE = Set.of("DEAD", "REJECTED", "FAILED");
    private static final Set<String> ABANDONABLE = Set.of("DEAD", "RETRYING", "QUEUED", "HELD");

    private final DocumentQueries documents;
    private final ReplayService replays;
    private final MessageSource messages;

    public ConsoleActionsController(DocumentQueries documents, ReplayService replays, MessageSource messages) {
        this.documents = documents;
        this.replays = replays;
        this.messages = messages;
    }

    @GetMapping("/console/messages/{id}/{action:replay|abandon}")
    public String confirm(@PathVariable String id, @PathVariable String action, Model model) {
        DocumentView message = documents.find(id).orElseThrow(() -> new NotFoundException("message", id));
        model.addAttribute("message", message);
        model.addAttribute("action", action);
        model.addAttribute("affected", affected(message, action));
        return "console/confirm";
    }

    @PostMapping("/console/messages/{id}/{action:replay|abandon}")
    public String perform(@PathVariable String id, @PathVariable String action, @RequestParam String reason,
                          Principal operator, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            OperatorActionResult result = "replay".equals(action)
                    ? replays.replay(id, operator.getName(), reason)
                    : replays.abandon(id, operator.getName(), reason);
            redirect.addFlashAttribute("flash", messages.getMessage(action + ".done",
                    new Object[] {result.deliveries().size()}, locale));
        } catch (InvalidRequestException missingReason) {
            model.addAttribute("reasonError", true);
            return confirm(id, action, model);
        } catch (NothingToChangeException nothing) {
            redirect.addFlashAttribute("flash", messages.getMessage(action + ".nothing", null, locale));
        }
        return "redirect:/console/messages/" + id;
    }

    private static List<DocumentView.Recipient> affected(DocumentView message, String action) {
        Set<String> states = "replay".equals(action) ? REPLAYABLE : ABANDONABLE;
        return message.recipients().stream().filter(r -> states.contains(r.deliveryState())).toList();
    }
}
