package cn.kaowu.ui.api;

import cn.kaowu.core.reference.ReferenceData;
import cn.kaowu.core.reference.ReferenceEntry;
import cn.kaowu.core.reference.ReferenceKind;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** Reference data (industries, personnel categories, content areas, counties): readable by every account. */
@Controller("/api/v1/reference")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "基础数据")
@SerdeImport(ReferenceEntry.class)
public class ReferenceController {

    private final ReferenceData referenceData;

    public ReferenceController(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @Get("/{kind}")
    @Operation(summary = "基础数据列表", description = "kind: INDUSTRY, PERSONNEL_CATEGORY, CONTENT_AREA, COUNTY")
    public List<ReferenceEntry> list(ReferenceKind kind) {
        return referenceData.list(kind);
    }
}
