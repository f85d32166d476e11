/**
 * Why a quote does not match: the closest passage (approximate matching), the alignment of quote
 * and passage, and what kind each difference is (spelling, whitespace, typography, an offset
 * counted in other units). May use source text; never the check's bookkeeping or the cache.
 */
package io.github.factmaven.validator.internal.diagnosis;
