package export

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
)

// GraphMLNamespace is the XML namespace of GraphML.
const GraphMLNamespace = "http://graphml.graphdrawing.org/xmlns"

// graphMLKey is a declared <key>: the attribute of nodes or edges it holds.
// name is the property (or added attribute) it comes from; attr is its
// attr.name in the file, which keyTable.finish makes a unique XML name token.
type graphMLKey struct {
	id, domain, name, typ, attr string
	added                       bool
}

// keyTable declares one key per property name and domain, with the GraphML
// type of its values (string where they are mixed or not scalar), and one
// per attribute WriteGraphML adds; a property never shares the key of an
// added attribute, even when it has the same name.
type keyTable struct {
	order []*graphMLKey
	byKey map[string]*graphMLKey
}

func (kt *keyTable) lookup(domain, name string, added bool) string {
	k := domain + "\x00" + name
	if added {
		k = "+" + k
	}
	return k
}

func (kt *keyTable) declare(domain, name, typ string, added bool) {
	k := kt.lookup(domain, name, added)
	if old, ok := kt.byKey[k]; ok {
		if old.typ != typ {
			old.typ = "string"
		}
		return
	}
	gk := &graphMLKey{id: "d" + strconv.Itoa(len(kt.order)), domain: domain, name: name, typ: typ, added: added}
	kt.order = append(kt.order, gk)
	kt.byKey[k] = gk
}

// addAttr declares an attribute WriteGraphML adds to every node or edge.
func (kt *keyTable) addAttr(domain, name, typ string) { kt.declare(domain, name, typ, true) }

// add declares a property of nodes or edges.
func (kt *keyTable) add(domain, name, typ string) { kt.declare(domain, name, typ, false) }

func (kt *keyTable) attr(domain, name string) *graphMLKey {
	return kt.byKey[kt.lookup(domain, name, true)]
}

func (kt *keyTable) get(domain, name string) *graphMLKey {
	return kt.byKey[kt.lookup(domain, name, false)]
}

// finish gives every key its attr.name, unique in its domain: the added
// attributes keep their names; then each property keeps its name if that is
// an XML name token (GraphML's attr.name is an xs:NMTOKEN) and still free;
// the rest become "prop_"+name where they clash with an added attribute, or
// their name with '_' for each character a token cannot have, with "_2",
// "_3", … on until free.
func (kt *keyTable) finish() {
	used := map[string]bool{}
	take := func(k *graphMLKey, attr string) {
		k.attr = attr
		used[k.domain+"\x00"+attr] = true
	}
	var pending []*graphMLKey
	for _, k := range kt.order {
		if k.added {
			take(k, k.name)
		}
	}
	for _, k := range kt.order {
		if k.added {
			continue
		}
		if isNameToken(k.name) && !used[k.domain+"\x00"+k.name] {
			take(k, k.name)
		} else {
			pending = append(pending, k)
		}
	}
	for _, k := range pending {
		base := nameToken(k.name)
		if base == k.name {
			base = "prop_" + k.name
		}
		attr := base
		for i := 2; used[k.domain+"\x00"+attr]; i++ {
			attr = base + "_" + strconv.Itoa(i)
		}
		take(k, attr)
	}
}

// isNameRune reports whether r may appear in an XML name token: ASCII
// letters, digits and ".-_:", and beyond ASCII whatever Unicode calls a
// letter, digit or combining mark. That covers Latin, Cyrillic and the other
// scripts of our articles; a letter newer than XML 1.0's character tables
// would pass here and still fail the schema.
func isNameRune(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_', r == ':':
		return true
	case r < 0x80:
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isNameToken reports whether s is a non-empty XML name token.
func isNameToken(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isNameRune(r) {
			return false
		}
	}
	return true
}

// nameToken turns s into an XML name token: '_' for each character a token
// cannot have, and "_" for the empty string.
func nameToken(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if isNameRune(r) {
			return r
		}
		return '_'
	}, s)
}

// graphMLType maps a Cypher value type to a GraphML attr.type.
func graphMLType(cypherType string) string {
	switch cypherType {
	case "INTEGER":
		return "long"
	case "FLOAT":
		return "double"
	case "BOOLEAN":
		return "boolean"
	}
	return "string"
}

// Attribute names WriteGraphML adds to every node and edge: the Neo4j labels
// (":A:B") and a display label (a node's name, else its key; an edge's type),
// which Gephi shows as the label, and a node's export ID.
const (
	attrLabels = "labels"
	attrLabel  = "label"
	attrID     = "id"
)

// WriteGraphML writes g as a directed GraphML graph that Gephi and
// Cytoscape open and that is valid against the GraphML schema: every
// property is a declared <key> (attr.type long, double, boolean or string;
// lists are JSON text) whose attr.name is the property's name, made an XML
// name token and kept apart from the added attributes where needed (see
// keyTable.finish); nodes have ids n0, n1, … with their export ID in the
// "id" attribute, edges e0, e1, ….
func WriteGraphML(w io.Writer, g *Graph) error {
	kt := &keyTable{byKey: map[string]*graphMLKey{}}
	kt.addAttr("node", attrLabels, "string")
	kt.addAttr("node", attrLabel, "string")
	kt.addAttr("node", attrID, "string")
	kt.addAttr("edge", attrLabel, "string")
	for _, n := range g.Nodes {
		for _, p := range n.Properties {
			kt.add("node", p.Name, graphMLType(p.Type))
		}
	}
	for _, r := range g.Relationships {
		for _, p := range r.Properties {
			kt.add("edge", p.Name, graphMLType(p.Type))
		}
	}
	kt.finish()
	bw := bufio.NewWriterSize(w, 64*1024)
	esc := func(s string) string {
		var b strings.Builder
		_ = xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	data := func(k *graphMLKey, v any) {
		fmt.Fprintf(bw, `<data key="%s">%s</data>`, k.id, esc(graphMLValue(v, k.typ)))
	}
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	fmt.Fprintf(bw, `<graphml xmlns="%s" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="%s http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`+"\n", GraphMLNamespace, GraphMLNamespace)
	for _, k := range kt.order {
		fmt.Fprintf(bw, `<key id="%s" for="%s" attr.name="%s" attr.type="%s"/>`+"\n", k.id, k.domain, esc(k.attr), k.typ)
	}
	bw.WriteString(`<graph id="G" edgedefault="directed">` + "\n")
	index := make(map[string]string, len(g.Nodes))
	for i, n := range g.Nodes {
		id := "n" + strconv.Itoa(i)
		index[n.ID] = id
		fmt.Fprintf(bw, `<node id="%s">`, id)
		data(kt.attr("node", attrLabels), ":"+strings.Join(n.Labels, ":"))
		display := n.ID
		props := propertyMap(n.Properties)
		if s, ok := props["name"].(string); ok && s != "" {
			display = s
		} else if s, ok := props["key"].(string); ok && s != "" {
			display = s
		}
		data(kt.attr("node", attrLabel), display)
		data(kt.attr("node", attrID), n.ID)
		for _, p := range n.Properties {
			data(kt.get("node", p.Name), p.Value)
		}
		bw.WriteString("</node>\n")
	}
	for i, r := range g.Relationships {
		src, ok1 := index[r.Start]
		dst, ok2 := index[r.End]
		if !ok1 || !ok2 {
			return fmt.Errorf("relationship %s %s->%s: an end is not among the nodes (was the graph written to while it was read?)", r.Type, r.Start, r.End)
		}
		fmt.Fprintf(bw, `<edge id="e%d" source="%s" target="%s">`, i, src, dst)
		data(kt.attr("edge", attrLabel), r.Type)
		for _, p := range r.Properties {
			data(kt.get("edge", p.Name), p.Value)
		}
		bw.WriteString("</edge>\n")
	}
	bw.WriteString("</graph>\n</graphml>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing GraphML: %w", err)
	}
	return nil
}

// graphMLValue renders a value as the text of a <data> element of type typ.
func graphMLValue(v any, typ string) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
