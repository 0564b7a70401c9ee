package cn.kaowu.ui.api;

import cn.kaowu.core.audit.AuditQueries;
import cn.kaowu.core.audit.AuditRecord;
import cn.kaowu.core.audit.ChainVerification;
import cn.kaowu.core.identity.Caller;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.List;

/** The audit log: administrator only (the service checks). */
@Controller("/api/v1/audit")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "审计")
@SerdeImport(AuditRecord.class)
@SerdeImport(ChainVerification.class)
public class AuditController {

    private final AuditQueries audit;

    public AuditController(AuditQueries audit) {
        this.audit = audit;
    }

    @Get
    @Operation(summary = "审计日志（最新在前）")
    public List<AuditRecord> latest(@Parameter(hidden = true) Caller caller,
                                    @QueryValue(defaultValue = "0") @Min(0) int offset,
                                    @QueryValue(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return audit.latest(caller, offset, limit);
    }

    @Get("/verify")
    @Operation(summary = "校验审计日志哈希链", description = "逐条重算哈希，报告第一条断裂的记录。")
    public ChainVerification verify(@Parameter(hidden = true) Caller caller) {
        return audit.verifyChain(caller);
    }
}
