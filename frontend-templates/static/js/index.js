import { liveFilters } from './inplace.js';

// The index pages of states and organisations: their filters update the table in place.
['states', 'organisations'].forEach((what) => liveFilters(document.getElementById(`${what}-form`), [`${what}-results`]));
