package fr.ouvert.catalog.domain;

import java.io.IOException;
import java.time.Clock;
import java.util.UUID;

import fr.ouvert.catalog.storage.ResourceStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What follows any change of a dataset or its resources, whoever made it (person, harvester, platform). */
@Component
public class DatasetUpdates {

	private static final Logger log = LoggerFactory.getLogger(DatasetUpdates.class);

	private final DatasetRepository repository;
	private final ResourceStorage storage;
	private final Clock clock;

	DatasetUpdates(DatasetRepository repository, ResourceStorage storage, Clock clock) {
		this.repository = repository;
		this.storage = storage;
		this.clock = clock;
	}

	/** Recomputes the formats, schemas and cached quality score of the dataset. */
	public void refresh(UUID datasetId) {
		Dataset dataset = repository.find(datasetId.toString()).orElseThrow();
		Quality quality = Quality.of(dataset, repository.resources(datasetId), clock.instant());
		repository.refreshDerived(datasetId, quality.score());
	}

	/** Removes a stored file once the transaction that dropped its resource has committed. */
	public void deleteFileAfterCommit(String storageKey) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					storage.delete(storageKey);
				}
				catch (IOException e) {
					log.warn("Stored file {} could not be removed: {}", storageKey, e.getMessage());
				}
			}
		});
	}
}
