package io.demoseeder.inputs.generate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.SourceFormat;
import net.datafaker.Faker;

/**
 * The rows of every source file of the plan. A tenant's imports are generated together,
 * in plan order, because names and IP addresses must be unique across all the files of
 * one engagement; everything comes from the run's {@link SeedContext}, never the clock.
 */
public final class InputRowGenerator {

	/** Goes into the manifest: bump it when the same seed starts to make other files. */
	public static final String VERSION = "1";

	private InputRowGenerator() {
	}

	/**
	 * Every import of every tenant of {@code DemoPlans.of(context)}, in plan order, each
	 * spelled by the source system {@code systems} gives its format.
	 */
	public static List<GeneratedImport> generate(SeedContext context, Function<SourceFormat, SourceSystem> systems) {
		List<GeneratedImport> imports = new ArrayList<>();
		for (TenantPlan tenant : DemoPlans.of(context).tenants()) {
			imports.addAll(generate(context, tenant, systems));
		}
		return imports;
	}

	/** The imports of one tenant, in plan order, all in memory: for small plans. */
	public static List<GeneratedImport> generate(SeedContext context, TenantPlan tenant,
			Function<SourceFormat, SourceSystem> systems) {
		List<GeneratedImport> imports = new ArrayList<>();
		each(context, tenant, systems).forEach(imports::add);
		return List.copyOf(imports);
	}

	/**
	 * The imports of one tenant, in plan order, each generated when the iteration reaches
	 * it: only one import's rows are held at a time, whatever the scale (the names and
	 * addresses already given stay, they keep the next files unique).
	 */
	public static Iterable<GeneratedImport> each(SeedContext context, TenantPlan tenant,
			Function<SourceFormat, SourceSystem> systems) {
		return () -> new Iterator<>() {

			private final AssetSpecFactory factory = factory(context, tenant);

			// a kept import's file is people's, copied in before the run: never generated
			private final Iterator<ImportPlan> plans = generated(tenant).iterator();

			@Override
			public boolean hasNext() {
				return this.plans.hasNext();
			}

			@Override
			public GeneratedImport next() {
				ImportPlan plan = this.plans.next();
				var random = context.random("input-files.rows", tenant.key(), plan.key());
				List<GeneratedRow> rows = new ImportRows(plan, systems.apply(plan.format()), this.factory, random)
					.build();
				return new GeneratedImport(tenant, plan, rows);
			}

		};
	}

	private static AssetSpecFactory factory(SeedContext context, TenantPlan tenant) {
		Faker people = new Faker(Locale.US, context.random("input-files.people", tenant.key()));
		OwnerPool pool = new OwnerPool(people, context.random("input-files.departments", tenant.key()),
				emailDomain(tenant), generated(tenant).stream().mapToInt(ImportPlan::totalRows).sum());
		return new AssetSpecFactory(new IpAllocator(context.random("input-files.ip-addresses", tenant.key())), pool,
				context.random("input-files.application-names", tenant.key()), tenant.demo() ? new DemoEstate() : null);
	}

	/** The imports whose files are generated: the same with or without kept imports. */
	private static List<ImportPlan> generated(TenantPlan tenant) {
		return tenant.imports().stream().filter((plan) -> !plan.kept()).toList();
	}

	/** The domain of the tenant's logins: owners' e-mail addresses share it. */
	private static String emailDomain(TenantPlan tenant) {
		String email = tenant.users().get(0).email();
		return email.substring(email.indexOf('@') + 1);
	}

}
