package org.allianceatlas.graphql;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @GraphQlTest} slice needs besides its controller: the atlas's scalars and
 * request limits.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(GraphQlConfiguration.class)
@EnableConfigurationProperties(GraphQlLimits.class)
public class GraphQlSlice {

}
