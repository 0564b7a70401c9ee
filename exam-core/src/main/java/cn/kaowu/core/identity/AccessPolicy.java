package cn.kaowu.core.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rules of who may do what, in one place, as plain Java. Services call these checks first,
 * before policies, writes and audit. Each check throws {@link AccessDenied} with a reason in
 * Chinese that tells the user why.
 *
 * <p>The core of it is 培考分离: exam content (questions, blueprints, papers, keys) is for the
 * paper builder and the administrator only; an institution reaches only its own projects,
 * classes and rosters; an invigilator only the sessions assigned to them.
 */
public final class AccessPolicy {

    private static final Set<Role> EXAM_CONTENT = EnumSet.of(Role.PAPER_BUILDER, Role.ADMIN);
    private static final Set<Role> REGISTRY_ANY_INSTITUTION = EnumSet.of(Role.PAPER_BUILDER, Role.ADMIN);

    private AccessPolicy() {
    }

    /** Questions, blueprints, papers and answer keys: 出卷人 (and the administrator) only. */
    public static void requireExamContent(Caller caller) {
        if (!EXAM_CONTENT.contains(caller.role())) {
            throw new AccessDenied("无权访问试题、组卷方案或试卷：仅出卷人可操作（培考分离），当前角色为"
                    + caller.role().label());
        }
    }

    /** Accounts, reference data and the audit log: the administrator only. */
    public static void requireAdministrator(Caller caller) {
        if (caller.role() != Role.ADMIN) {
            throw new AccessDenied("仅系统管理员可执行此操作，当前角色为" + caller.role().label());
        }
    }

    /** Any of the given roles. */
    public static void requireRole(Caller caller, Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(caller::is)) {
            throw new AccessDenied("当前角色（" + caller.role().label() + "）无权执行此操作");
        }
    }

    /**
     * Reading a training institution's projects, classes and rosters: the bureau sees all,
     * the acceptance reviewer reads all, an institution only its own.
     */
    public static void requireRegistryRead(Caller caller, long institutionOrganisationId) {
        if (REGISTRY_ANY_INSTITUTION.contains(caller.role()) || caller.role() == Role.ACCEPTANCE_REVIEWER) {
            return;
        }
        if (caller.role() == Role.INSTITUTION && caller.organisationId() == institutionOrganisationId) {
            return;
        }
        throw new AccessDenied("无权查看其他单位的培训项目、班次或花名册");
    }

    /**
     * Changing a training institution's projects, classes and rosters: the bureau, or the
     * institution itself for its own classes (before the exam; the caller checks the timing).
     */
    public static void requireRegistryWrite(Caller caller, long institutionOrganisationId) {
        if (REGISTRY_ANY_INSTITUTION.contains(caller.role())) {
            return;
        }
        if (caller.role() == Role.INSTITUTION && caller.organisationId() == institutionOrganisationId) {
            return;
        }
        throw new AccessDenied("无权修改其他单位的培训项目、班次或花名册");
    }

    /**
     * Listing registry records across institutions (projects, classes, rosters, enterprises):
     * the bureau and the acceptance reviewer see all, an institution its own (the service filters);
     * invigilators and candidates are refused.
     */
    public static void requireRegistryList(Caller caller) {
        if (caller.role() == Role.INVIGILATOR || caller.role() == Role.CANDIDATE) {
            throw new AccessDenied("当前角色（" + caller.role().label() + "）无权查看培训项目、班次或花名册");
        }
    }

    /** Whether registry lists for this caller must be restricted to its own institution. */
    public static boolean registryScopedToOwnInstitution(Caller caller) {
        return caller.role() == Role.INSTITUTION;
    }

    /**
     * Changing a class or its roster: as {@link #requireRegistryWrite}, and an institution no
     * longer once the class's exam is scheduled (the bureau still may).
     */
    public static void requireClassWrite(Caller caller, long institutionOrganisationId, boolean examScheduled) {
        requireRegistryWrite(caller, institutionOrganisationId);
        if (caller.role() == Role.INSTITUTION && examScheduled) {
            throw new AccessDenied("该班次已安排考试，施教单位不能再修改班次、花名册或学时；如需更正请联系市应急管理局");
        }
    }

    /** Approving projects, registering institutions, accepting or rejecting: the bureau only. */
    public static void requireBureau(Caller caller) {
        if (!REGISTRY_ANY_INSTITUTION.contains(caller.role())) {
            throw new AccessDenied("仅市应急管理局（出卷人或系统管理员）可执行此操作，当前角色为" + caller.role().label());
        }
    }

    /** Whether a caller may see a resident ID number in full (only the paper builder). */
    public static boolean mayReadFullIdNumber(Caller caller) {
        return caller.role() == Role.PAPER_BUILDER;
    }
}
