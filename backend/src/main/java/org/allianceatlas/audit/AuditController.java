package org.allianceatlas.audit;

import graphql.schema.DataFetchingEnvironment;
import org.allianceatlas.graphql.Paging;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The audit log over GraphQL, for admins. */
@Controller
class AuditController {

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@QueryMapping
	@PreAuthorize("hasRole('ADMIN')")
	Paging.Connection<AuditEntry> auditLog(@Argument String actor, @Argument String action,
			DataFetchingEnvironment env) {
		return this.log.page(actor, action, Paging.Page.of(env));
	}

}
