package io.demoseeder.config;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * A transaction manager for which a rollback on a connection that is gone (killed with
 * {@code pg_terminate_backend}, or the server restarted) counts as done: PostgreSQL rolls
 * back the transaction of a session that ends. Without this the failed rollback would
 * make Spring Batch mark the step UNKNOWN, which it refuses to restart, instead of
 * FAILED, which the next {@code run} resumes.
 */
public class SessionAwareTransactionManager extends DataSourceTransactionManager {

	private static final Log logger = LogFactory.getLog(SessionAwareTransactionManager.class);

	public SessionAwareTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void doRollback(DefaultTransactionStatus status) {
		try {
			super.doRollback(status);
		}
		catch (TransactionSystemException ex) {
			if (!sessionEnded(status)) {
				throw ex;
			}
			logger.warn("Rollback on a connection that is gone: the server rolled the transaction back when the"
					+ " session ended");
		}
	}

	private static boolean sessionEnded(DefaultTransactionStatus status) {
		if (!(status.getTransaction() instanceof JdbcTransactionObjectSupport transaction)
				|| !transaction.hasConnectionHolder()) {
			return false;
		}
		try {
			Connection connection = transaction.getConnectionHolder().getConnection();
			return connection.isClosed() || !connection.isValid(2);
		}
		catch (SQLException ex) {
			return true;
		}
	}

}
