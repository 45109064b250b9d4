"""What each article says, and its corpus-wide resolution: entities and names, numbers, claims
and their kinds, events, reference dates; the per-article pipeline and the engines that run
it.

Modules: claims, cues, engines, entities, entity_names, entity_resolve, event_resolve,
events, numbers, pipeline, places, reference, source_link, spans.
"""
