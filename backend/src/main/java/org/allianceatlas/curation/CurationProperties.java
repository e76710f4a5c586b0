package org.allianceatlas.curation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Curation settings.
 *
 * @param editorsApplyDirectly whether an editor's own proposal is accepted at once
 * (otherwise another editor reviews it)
 */
@ConfigurationProperties("atlas.curation")
record CurationProperties(boolean editorsApplyDirectly) {

}
