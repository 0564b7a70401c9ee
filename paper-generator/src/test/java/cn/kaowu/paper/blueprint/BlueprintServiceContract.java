package cn.kaowu.paper.blueprint;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.core.identity.AccessDenied;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.core.testing.TestCallers;
import cn.kaowu.core.testing.TestDatabase;
import cn.kaowu.paper.assembly.CellAvailability;
import cn.kaowu.paper.assembly.ItemSource;
import cn.kaowu.paper.assembly.TestBank;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Blueprint CRUD through the service, on every database the product runs on. */
abstract class BlueprintServiceContract {

    abstract TestDatabase database();

    static TestDatabase start(TestDatabase database) {
        database.context().registerSingleton(ItemSource.class, TestBank.bank(60, 1));
        return database;
    }

    private BlueprintService service() {
        return database().bean(BlueprintService.class);
    }

    private static Blueprint named(String name) {
        Blueprint base = TestBank.blueprint();
        return new Blueprint(null, name, "TEAM_LEADER", "MINING", base.durationMinutes(), base.totalPoints(),
                base.passMark(), base.pointsPerType(), base.cells(), base.difficulty());
    }

    long count(String sql) {
        JdbcOperations jdbc = database().bean(JdbcOperations.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = database().bean(TransactionOperations.class);
        return tx.executeRead(status -> jdbc.prepareStatement(sql, s -> {
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    @Test
    void a_saved_blueprint_reads_back_with_its_cells_points_and_band_and_is_audited() {
        Blueprint saved = service().createBlueprint(TestCallers.paperBuilder(), named("保存方案"));

        Blueprint found = service().findBlueprint(TestCallers.paperBuilder(), saved.id()).orElseThrow();

        assertThat(found).isEqualTo(saved);
        assertThat(found.cells()).isEqualTo(TestBank.blueprint().cells());
        assertThat(found.difficulty().min()).isEqualTo(2.8);
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'blueprint.create' AND target_id = '"
                + saved.id() + "'")).isEqualTo(1);
    }

    @Test
    void an_update_replaces_the_cells_and_a_delete_removes_an_unused_blueprint() {
        Blueprint saved = service().createBlueprint(TestCallers.paperBuilder(), named("修改方案"));
        Blueprint changed = new Blueprint(null, "修改方案", null, null, 45, 10, 6, Map.of(ItemType.TRUE_FALSE, 5),
                List.of(BlueprintCell.of(ItemType.TRUE_FALSE, "POLICY", 2)), DifficultyTarget.band(2, 4));

        service().updateBlueprint(TestCallers.admin(), saved.id(), changed);
        assertThat(service().findBlueprint(TestCallers.paperBuilder(), saved.id()).orElseThrow())
                .isEqualTo(changed.withId(saved.id()));

        service().deleteBlueprint(TestCallers.paperBuilder(), saved.id());
        assertThat(service().findBlueprint(TestCallers.paperBuilder(), saved.id())).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM blueprint_cell WHERE blueprint_id = " + saved.id())).isZero();
    }

    @Test
    void an_invalid_blueprint_is_refused_with_every_reason_and_nothing_is_written() {
        long before = count("SELECT COUNT(*) FROM blueprint");
        Blueprint bad = new Blueprint(null, "坏方案", null, null, 60, 100, 60, Map.of(ItemType.SINGLE_CHOICE, 2),
                List.of(BlueprintCell.of(ItemType.SINGLE_CHOICE, "LAW", 0), BlueprintCell.of(ItemType.SINGLE_CHOICE, "ACCIDENT", 10)),
                DifficultyTarget.band(2.8, 3.2));

        assertThatThrownBy(() -> service().createBlueprint(TestCallers.paperBuilder(), bad))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.reasons()).containsExactly(
                        "第1行（单选题 × 法律法规）：题数必须为正整数，当前为0",
                        "各题型分值合计为20分（单选题10题×2分），与试卷总分100分不符"));
        assertThat(count("SELECT COUNT(*) FROM blueprint")).isEqualTo(before);
    }

    @Test
    void a_second_blueprint_with_the_same_name_is_refused() {
        service().createBlueprint(TestCallers.paperBuilder(), named("同名方案"));

        assertThatThrownBy(() -> service().createBlueprint(TestCallers.paperBuilder(), named("同名方案")))
                .isInstanceOf(RuleViolation.class).hasMessage("已有同名组卷方案：同名方案");
    }

    @Test
    void the_check_against_the_bank_gives_need_and_availability_per_cell() {
        Blueprint saved = service().createBlueprint(TestCallers.paperBuilder(), named("检查方案"));

        List<CellAvailability> cells = service().checkAgainstBank(TestCallers.paperBuilder(), saved.id(), "MINING",
                "TEAM_LEADER", 10, 0.2);

        assertThat(cells).hasSize(4);
        assertThat(cells.get(0).needed()).isEqualTo(4);
        assertThat(cells.get(0).available()).isEqualTo(40);
        assertThat(cells.get(0).label()).isEqualTo("［单选题 × 法律法规，行业：矿山（含煤矿），人员类别：班组长（含车间主任、车队长）］");
        assertThat(cells).allMatch(CellAvailability::enoughForAllPapers);
    }

    @Test
    void other_roles_are_refused_every_blueprint_operation() {
        Blueprint saved = service().createBlueprint(TestCallers.paperBuilder(), named("权限方案"));
        for (Caller caller : TestCallers.notPaperBuilders()) {
            assertThatThrownBy(() -> service().createBlueprint(caller, named("越权"))).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service().updateBlueprint(caller, saved.id(), named("越权"))).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service().deleteBlueprint(caller, saved.id())).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service().findBlueprint(caller, saved.id())).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service().listBlueprints(caller)).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service().checkRules(caller, named("越权"))).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service().checkAgainstBank(caller, saved.id(), "MINING", "TEAM_LEADER", 1, 0.2))
                    .isInstanceOf(AccessDenied.class);
        }
        assertThat(service().listBlueprints(TestCallers.paperBuilder())).extracting(Blueprint::name).contains("权限方案")
                .doesNotContain("越权");
    }
}
