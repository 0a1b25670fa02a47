package vn.lienthong.gateway.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.lienthong.gateway.audit.AuditLog;
import vn.lienthong.gateway.audit.AuditVerifier;
import vn.lienthong.gateway.operations.Paging;
import vn.lienthong.gateway.operations.ResultPage;

/** {@code /console/audit}: the audit log, newest first, and on request a check of its hash chain. */
@Controller
public class ConsoleAuditController {

    private final AuditLog log;
    private final AuditVerifier verifier;

    public ConsoleAuditController(AuditLog log, AuditVerifier verifier) {
        this.log = log;
        this.verifier = verifier;
    }

    @GetMapping("/console/audit")
    public String audit(@RequestParam(required = false) Integer page,
                        @RequestParam(defaultValue = "false") boolean verify, Model model) {
        Paging paging = Paging.of(page, 50);
        model.addAttribute("result", new ResultPage<>(log.page(paging.page(), paging.size()), paging.page(),
                paging.size(), log.count()));
        if (verify) {
            model.addAttribute("verification", verifier.verify());
        }
        return "console/audit";
    }
}
