package vn.lienthong.gateway.admin;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.lienthong.gateway.audit.AuditEntry;
import vn.lienthong.gateway.audit.AuditLog;
import vn.lienthong.gateway.audit.AuditVerification;
import vn.lienthong.gateway.audit.AuditVerifier;
import vn.lienthong.gateway.operations.Paging;
import vn.lienthong.gateway.operations.ResultPage;

/** {@code /api/admin/audit}: the audit log, newest first, and a check of its hash chain. */
@RestController
@RequestMapping(path = "/api/admin/audit", produces = MediaType.APPLICATION_JSON_VALUE)
public class AdminAuditController {

    private final AuditLog log;
    private final AuditVerifier verifier;

    public AdminAuditController(AuditLog log, AuditVerifier verifier) {
        this.log = log;
        this.verifier = verifier;
    }

    @Operation(summary = "Audit log rows, newest first")
    @GetMapping
    public ResultPage<AuditEntry> page(@RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return new ResultPage<>(log.page(paging.page(), paging.size()), paging.page(), paging.size(), log.count());
    }

    @Operation(summary = "Walk the hash chain from its first row and report the first broken row")
    @GetMapping("/verify")
    public AuditVerification verify() {
        return verifier.verify();
    }
}
