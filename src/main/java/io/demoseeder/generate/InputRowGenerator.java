package io.demoseeder.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.demoseeder.seed.DemoPlan;
import io.demoseeder.seed.DemoPlan.ImportPlan;
import io.demoseeder.seed.DemoPlan.TenantPlan;
import io.demoseeder.seed.SeedContext;
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

	/** Every import of every tenant of {@code DemoPlan.of(context)}, in plan order. */
	public static List<GeneratedImport> generate(SeedContext context) {
		List<GeneratedImport> imports = new ArrayList<>();
		for (TenantPlan tenant : DemoPlan.of(context).tenants()) {
			imports.addAll(generate(context, tenant));
		}
		return imports;
	}

	/** The imports of one tenant, in plan order. */
	public static List<GeneratedImport> generate(SeedContext context, TenantPlan tenant) {
		Faker people = new Faker(Locale.US, context.random("input-files.people", tenant.key()));
		OwnerPool pool = new OwnerPool(people, context.random("input-files.departments", tenant.key()),
				emailDomain(tenant), tenant.imports().stream().mapToInt(ImportPlan::totalRows).sum());
		AssetSpecFactory factory = new AssetSpecFactory(
				new IpAllocator(context.random("input-files.ip-addresses", tenant.key())), pool,
				context.random("input-files.application-names", tenant.key()));
		List<GeneratedImport> imports = new ArrayList<>();
		for (ImportPlan plan : tenant.imports()) {
			var random = context.random("input-files.rows", tenant.key(), plan.key());
			List<GeneratedRow> rows = new ImportRows(plan, factory, random, new Faker(Locale.US, random)).build();
			imports.add(new GeneratedImport(tenant, plan, rows));
		}
		return List.copyOf(imports);
	}

	/** The domain of the tenant's logins: owners' e-mail addresses share it. */
	private static String emailDomain(TenantPlan tenant) {
		String email = tenant.users().get(0).email();
		return email.substring(email.indexOf('@') + 1);
	}

}
