package io.demoseeder.plan;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo tenant's plan gives the tracker's counts and the platform's demo notes' splits
 * (platform/plan-data.md), at every scale.
 */
class DemoTenantTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

	@Test
	void assetKindsGiveThePlansSplit() {
		for (int scale : new int[] { 1, 1000 }) {
			Map<AssetKind, Integer> kinds = kinds(DemoPlans.of(new SeedContext(42, AS_OF, scale)).demo());
			assertThat(kinds.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(60);
			assertThat(kinds).containsEntry(AssetKind.SERVER_LINUX, 20)
				.containsEntry(AssetKind.SERVER_WINDOWS, 15)
				.containsEntry(AssetKind.DATABASE_ORACLE, 4)
				.containsEntry(AssetKind.DATABASE_SQLSERVER, 3)
				.containsEntry(AssetKind.DATABASE_POSTGRES, 3)
				.containsEntry(AssetKind.LOAD_BALANCER, 2)
				.containsEntry(AssetKind.FIREWALL, 3);
			assertThat(count(kinds, "application")).isEqualTo(10);
		}
	}

	@Test
	void rawRecordsFallInThePlansRanges() {
		TenantPlan demo = DemoPlans.of(new SeedContext(42, AS_OF, 1)).demo();
		assertThat(demo.importNamed("cmdb").totalRows()).isBetween(60, 70);
		assertThat(demo.importNamed("cloud").totalRows()).isBetween(50, 60);
		assertThat(demo.importNamed("manual").totalRows()).isBetween(30, 40);
		assertThat(demo.imports().stream().mapToInt(ImportPlan::totalRows).sum()).isBetween(150, 200);
	}

	@Test
	void namesThePlansClientAndEngagement() {
		TenantPlan demo = DemoPlans.of(new SeedContext(7, AS_OF, 1)).demo();
		assertThat(demo.name()).isEqualTo("Demo Corporation");
		assertThat(demo.key()).isEqualTo("democorp");
		assertThat(demo.account().companySize()).isEqualTo("Enterprise (10,000+ employees)");
		assertThat(demo.engagement().name()).isEqualTo("Cloud Migration Initiative 2024");
		assertThat(demo.engagement().startDate().plusMonths(18)).isEqualTo(demo.engagement().targetCompletionDate());
		assertThat(demo.users()).extracting((user) -> user.roleType() + "/" + user.accessLevel())
			.containsExactly("engagement_manager/read_write", "analyst/read_write", "viewer/read_only",
					"client_admin/admin");
	}

	private static Map<AssetKind, Integer> kinds(TenantPlan tenant) {
		Map<AssetKind, Integer> kinds = new EnumMap<>(AssetKind.class);
		tenant.imports().forEach((plan) -> plan.assets().forEach((kind, n) -> kinds.merge(kind, n, Integer::sum)));
		return kinds;
	}

	private static int count(Map<AssetKind, Integer> kinds, String assetType) {
		return kinds.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().assetType().equals(assetType))
			.mapToInt(Map.Entry::getValue)
			.sum();
	}

}
