package io.demoseeder.cli;

import java.io.PrintStream;

import io.demoseeder.operations.CommandContext;
import io.demoseeder.operations.ExitCodes;
import io.demoseeder.validation.OnDemandValidation;
import io.demoseeder.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ApplicationContext;

/** {@code validate}: see {@link OnDemandValidation}; exit 3 when a check fails. */
@Command(name = "validate",
		description = "Check a database of this schema and write the validation report (exit 3 when a check fails)")
@CommandContext.Target
class ValidateCommand extends SeederCommand {

	@Mixin
	DemoOptions demo;

	@Mixin
	AsOfOption asOf;

	@Override
	int execute(ApplicationContext context, PrintStream out) {
		ValidationReport report = context.getBean(OnDemandValidation.class).validate(out);
		return report.failedChecks().isEmpty() ? ExitCodes.SUCCESS : ExitCodes.VALIDATION_FAILED;
	}

}
