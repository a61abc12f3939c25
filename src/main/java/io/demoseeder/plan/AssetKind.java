package io.demoseeder.plan;

/**
 * The kinds of asset the demo is made of; the contract's mix (10 applications, 20 Linux
 * and 15 Windows servers, 10 databases, 5 network devices) is counted in these.
 */
public enum AssetKind {

	APPLICATION_JAVA("application", "Java"), APPLICATION_DOTNET("application", ".NET"),
	APPLICATION_PYTHON("application", "Python"), APPLICATION_LEGACY("application", "Legacy"),
	SERVER_LINUX("server", "Linux"), SERVER_WINDOWS("server", "Windows"), DATABASE_ORACLE("database", "Oracle"),
	DATABASE_SQLSERVER("database", "SQL Server"), DATABASE_POSTGRES("database", "PostgreSQL"),
	LOAD_BALANCER("load_balancer", "Load Balancer"), FIREWALL("network", "Firewall");

	private final String assetType;

	private final String family;

	AssetKind(String assetType, String family) {
		this.assetType = assetType;
		this.family = family;
	}

	/** The {@code asset_type_enum} value, as the platform's AssetType names it. */
	public String assetType() {
		return this.assetType;
	}

	/** The technology family: language, OS family, database engine or device class. */
	public String family() {
		return this.family;
	}

}
