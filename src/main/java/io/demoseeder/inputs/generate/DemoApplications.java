package io.demoseeder.inputs.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.plan.AssetKind;

/**
 * The demo's ten applications (plan-data.md): three web applications customers use (Java,
 * .NET, Python), four business applications (ERP, CRM, HR, Finance) and three custom
 * ones. CustomerPortal is the Java web application, FinanceSystem the .NET one,
 * HRManagement a Python web application, InventoryERP the legacy system.
 */
final class DemoApplications {

	private DemoApplications() {
	}

	static Map<AssetKind, List<EstateSlot>> all() {
		Map<AssetKind, List<EstateSlot>> applications = new LinkedHashMap<>();
		applications.put(AssetKind.APPLICATION_JAVA,
				List.of(app("CustomerPortal", "critical", "Java 17 / Spring Boot 3", "Web Application"),
						app("SalesCRM", "critical", "Java 11 / Spring Boot 2.7", "Business Application"),
						app("ClaimsTracker", "medium", "Java 8 / JBoss EAP 7", "Custom Application")));
		applications.put(AssetKind.APPLICATION_DOTNET,
				List.of(app("FinanceSystem", "high", ".NET Framework 4.8 / IIS 10", "Business Application"),
						app("DealerPortal", "high", "ASP.NET Core 8", "Web Application"),
						app("DocumentArchive", "low", "ASP.NET MVC 5 / .NET Framework 4.7", "Custom Application")));
		applications.put(AssetKind.APPLICATION_PYTHON,
				List.of(app("HRManagement", "medium", "Python 3.11 / Django", "Web Application"),
						app("ProductCatalog", "high", "Python 3.10 / FastAPI", "Web Application")));
		applications.put(AssetKind.APPLICATION_LEGACY,
				List.of(app("InventoryERP", "critical", "COBOL / CICS", "Business Application"),
						app("PlantScheduler", "medium", "PowerBuilder 12.5", "Custom Application")));
		return applications;
	}

	private static EstateSlot app(String name, String criticality, String stack, String subtype) {
		return new EstateSlot(name, name.toLowerCase(java.util.Locale.ROOT), "production", criticality, null, null,
				stack, subtype);
	}

}
