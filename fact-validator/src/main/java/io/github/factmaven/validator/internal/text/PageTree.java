package io.github.factmaven.validator.internal.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import nu.validator.htmlparser.impl.CoalescingTreeBuilder;
import nu.validator.htmlparser.impl.HtmlAttributes;
import org.xml.sax.SAXException;

/**
 * The tree the HTML specification's tree construction builds, kept as light as the page's text
 * needs: elements and text, no attributes. The parser moves nodes as a DOM would (foster parenting,
 * the adoption agency), so the text comes out in a browser's order.
 *
 * <p>A page may nest elements {@value #MAX_DEPTH} deep at most, as deep as Chromium builds: each
 * start tag makes the parser look through the open elements, so a page of a million nested
 * {@code <div>}s would take hours, not seconds.
 */
final class PageTree extends CoalescingTreeBuilder<PageTree.Node> {

    /** Open elements at most. */
    static final int MAX_DEPTH = 512;

    private static final String HTML_NAMESPACE = "http://www.w3.org/1999/xhtml";
    /** Stands for a comment, which the text leaves out but the tree builder may ask about. */
    private static final Object COMMENT = new Object();

    /** An element: its namespace, local name and children (elements, strings of text, comments). */
    static final class Node {
        final String namespace;
        final String name;
        final List<Object> children = new ArrayList<>();
        Node parent;

        Node(String namespace, String name) {
            this.namespace = namespace;
            this.name = name;
        }

        boolean isHtml(String localName) {
            return HTML_NAMESPACE.equals(namespace) && localName.equals(name);
        }
    }

    private final Node document = new Node(null, "#document");
    private int depth;

    /** @return the text of the whole document, as {@code document.documentElement.textContent} gives it */
    String documentText() {
        for (Object root : document.children) {
            if (root instanceof Node html) {
                return textOf(html);
            }
        }
        return "";
    }

    /** @return the text of the body (or frameset), as {@code document.body.textContent} gives it */
    String bodyText() {
        for (Object root : document.children) {
            if (root instanceof Node html) {
                for (Object child : html.children) {
                    if (child instanceof Node element && (element.isHtml("body") || element.isHtml("frameset"))) {
                        return textOf(element);
                    }
                }
            }
        }
        return "";
    }

    /** Every text descendant in document order, a template's contents apart, as a browser keeps them. */
    private static String textOf(Node root) {
        StringBuilder text = new StringBuilder();
        Deque<Object> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Object next = pending.pop();
            if (next instanceof String string) {
                text.append(string);
            } else if (next instanceof Node element && (element == root || !element.isHtml("template"))) {
                for (int i = element.children.size() - 1; i >= 0; i--) {
                    pending.push(element.children.get(i));
                }
            }
        }
        return text.toString();
    }

    @Override
    protected void elementPushed(String namespace, String name, Node node) throws SAXException {
        if (++depth > MAX_DEPTH) {
            throw new SAXException(
                    "the page nests elements more than " + MAX_DEPTH + " deep, deeper than browsers" + " build a page");
        }
    }

    @Override
    protected void elementPopped(String namespace, String name, Node node) {
        depth--;
    }

    @Override
    protected Node createElement(String namespace, String name, HtmlAttributes attributes, Node intendedParent) {
        return new Node(namespace, name);
    }

    @Override
    protected Node createHtmlElementSetAsRoot(HtmlAttributes attributes) {
        Node html = new Node(HTML_NAMESPACE, "html");
        append(html, document);
        return html;
    }

    @Override
    protected void detachFromParent(Node element) {
        if (element.parent != null) {
            removeChild(element.parent, element);
            element.parent = null;
        }
    }

    @Override
    protected boolean hasChildren(Node element) {
        return !element.children.isEmpty();
    }

    @Override
    protected void appendElement(Node child, Node newParent) {
        append(child, newParent);
    }

    @Override
    protected void appendChildrenToNewParent(Node oldParent, Node newParent) {
        for (Object child : List.copyOf(oldParent.children)) {
            if (child instanceof Node element) {
                append(element, newParent);
            } else {
                newParent.children.add(child);
            }
        }
        oldParent.children.clear();
    }

    @Override
    protected void insertFosterParentedChild(Node child, Node table, Node stackParent) {
        detachFromParent(child);
        if (table.parent != null) {
            table.parent.children.add(indexOf(table.parent, table), child);
            child.parent = table.parent;
        } else {
            append(child, stackParent);
        }
    }

    @Override
    protected Node createAndInsertFosterParentedElement(
            String namespace, String name, HtmlAttributes attributes, Node table, Node stackParent) {
        Node child = new Node(namespace, name);
        insertFosterParentedChild(child, table, stackParent);
        return child;
    }

    @Override
    protected void insertFosterParentedCharacters(String text, Node table, Node stackParent) {
        if (table.parent != null) {
            table.parent.children.add(indexOf(table.parent, table), text);
        } else {
            stackParent.children.add(text);
        }
    }

    @Override
    protected void appendCharacters(Node parent, String text) {
        parent.children.add(text);
    }

    @Override
    protected void appendComment(Node parent, String comment) {
        parent.children.add(COMMENT);
    }

    @Override
    protected void appendCommentToDocument(String comment) {
        document.children.add(COMMENT);
    }

    @Override
    protected void addAttributesToElement(Node element, HtmlAttributes attributes) {
        // the text needs no attributes
    }

    private static void append(Node child, Node parent) {
        if (child.parent != null) {
            removeChild(child.parent, child);
        }
        parent.children.add(child);
        child.parent = parent;
    }

    /** The tree builder moves mostly the last children: searched from the end, a long body costs no more. */
    private static int indexOf(Node parent, Node child) {
        for (int i = parent.children.size() - 1; i >= 0; i--) {
            if (parent.children.get(i) == child) {
                return i;
            }
        }
        return -1;
    }

    private static void removeChild(Node parent, Node child) {
        int at = indexOf(parent, child);
        if (at >= 0) {
            parent.children.remove(at);
        }
    }
}
