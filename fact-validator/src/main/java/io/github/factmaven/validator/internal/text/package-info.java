/**
 * Texts as the check and the reports read them: a source's UTF-8 bytes checked and indexed by code
 * point ({@link io.github.factmaven.validator.internal.text.SourceText}), a web page's text as a
 * browser gives it ({@link io.github.factmaven.validator.internal.text.HtmlText}), and the names of
 * invisible characters. Depends on the API's values only, so that the check's stages and the
 * reports may all read texts.
 */
package io.github.factmaven.validator.internal.text;
