package io.demoseeder.config;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * One chunk transaction spanning the target database (the rows) and the control database
 * (Spring Batch's record of how far the step got). Without XA the two cannot commit
 * atomically, so the order is chosen: the target commits first, then the control. A crash
 * between the two leaves rows whose chunk the job repository does not know about; the
 * relaunch writes that chunk again, and the writers' {@code ON CONFLICT DO NOTHING} on
 * deterministic ids makes that a no-op. The other order would lose a chunk instead.
 */
public class TargetFirstTransactionManager implements PlatformTransactionManager {

	private final PlatformTransactionManager control;

	private final PlatformTransactionManager target;

	public TargetFirstTransactionManager(PlatformTransactionManager control, PlatformTransactionManager target) {
		this.control = control;
		this.target = target;
	}

	@Override
	public TransactionStatus getTransaction(TransactionDefinition definition) throws TransactionException {
		// the control transaction starts first, so it owns the transaction
		// synchronizations
		// (Spring Batch's) and runs them when it completes, after the target has
		// committed
		TransactionStatus controlStatus = this.control.getTransaction(definition);
		try {
			return new PairStatus(controlStatus, this.target.getTransaction(definition));
		}
		catch (RuntimeException ex) {
			this.control.rollback(controlStatus);
			throw ex;
		}
	}

	@Override
	public void commit(TransactionStatus status) throws TransactionException {
		PairStatus pair = (PairStatus) status;
		try {
			this.target.commit(pair.target);
		}
		catch (RuntimeException ex) {
			this.control.rollback(pair.control);
			throw ex;
		}
		this.control.commit(pair.control);
	}

	@Override
	public void rollback(TransactionStatus status) throws TransactionException {
		PairStatus pair = (PairStatus) status;
		try {
			this.target.rollback(pair.target);
		}
		finally {
			this.control.rollback(pair.control);
		}
	}

	/** Rollback-only on either side means rollback-only for both. */
	private static final class PairStatus extends SimpleTransactionStatus {

		private final TransactionStatus control;

		private final TransactionStatus target;

		PairStatus(TransactionStatus control, TransactionStatus target) {
			super(control.isNewTransaction());
			this.control = control;
			this.target = target;
		}

		@Override
		public void setRollbackOnly() {
			this.control.setRollbackOnly();
			this.target.setRollbackOnly();
		}

		@Override
		public boolean isRollbackOnly() {
			return this.control.isRollbackOnly() || this.target.isRollbackOnly();
		}

		@Override
		public boolean isCompleted() {
			return this.control.isCompleted() && this.target.isCompleted();
		}

	}

}
