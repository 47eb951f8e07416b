package export

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// GraphMLNamespace is the XML namespace of GraphML.
const GraphMLNamespace = "http://graphml.graphdrawing.org/xmlns"

// graphMLKey is a declared <key>: the attribute of nodes or edges it holds.
type graphMLKey struct {
	id, domain, name, typ string
}

// keyTable declares one key per property name and domain, with the GraphML
// type of its values (string where they are mixed or not scalar).
type keyTable struct {
	order []*graphMLKey
	byKey map[string]*graphMLKey
}

func (kt *keyTable) add(domain, name, typ string) {
	k := domain + "\x00" + name
	if old, ok := kt.byKey[k]; ok {
		if old.typ != typ {
			old.typ = "string"
		}
		return
	}
	gk := &graphMLKey{id: "d" + strconv.Itoa(len(kt.order)), domain: domain, name: name, typ: typ}
	kt.order = append(kt.order, gk)
	kt.byKey[k] = gk
}

func (kt *keyTable) get(domain, name string) *graphMLKey { return kt.byKey[domain+"\x00"+name] }

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
// which Gephi shows as the label.
const (
	attrLabels = "labels"
	attrLabel  = "label"
)

// propName keeps a property from clashing with the added attributes.
func propName(name string) string {
	if name == attrLabels || name == attrLabel {
		return "prop_" + name
	}
	return name
}

// WriteGraphML writes g as a directed GraphML graph that Gephi and
// Cytoscape open: every property is a declared <key> (attr.type long,
// double, boolean or string; lists are JSON text), nodes have ids n0, n1, …
// with their export ID in the "id" attribute, edges e0, e1, ….
func WriteGraphML(w io.Writer, g *Graph) error {
	kt := &keyTable{byKey: map[string]*graphMLKey{}}
	kt.add("node", attrLabels, "string")
	kt.add("node", attrLabel, "string")
	kt.add("node", "id", "string")
	kt.add("edge", attrLabel, "string")
	for _, n := range g.Nodes {
		for _, p := range n.Properties {
			kt.add("node", propName(p.Name), graphMLType(p.Type))
		}
	}
	for _, r := range g.Relationships {
		for _, p := range r.Properties {
			kt.add("edge", propName(p.Name), graphMLType(p.Type))
		}
	}
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
		fmt.Fprintf(bw, `<key id="%s" for="%s" attr.name="%s" attr.type="%s"/>`+"\n", k.id, k.domain, esc(k.name), k.typ)
	}
	bw.WriteString(`<graph id="G" edgedefault="directed">` + "\n")
	index := make(map[string]string, len(g.Nodes))
	for i, n := range g.Nodes {
		id := "n" + strconv.Itoa(i)
		index[n.ID] = id
		fmt.Fprintf(bw, `<node id="%s">`, id)
		data(kt.get("node", attrLabels), ":"+strings.Join(n.Labels, ":"))
		display := n.ID
		props := propertyMap(n.Properties)
		if s, ok := props["name"].(string); ok && s != "" {
			display = s
		} else if s, ok := props["key"].(string); ok && s != "" {
			display = s
		}
		data(kt.get("node", attrLabel), display)
		data(kt.get("node", "id"), n.ID)
		for _, p := range n.Properties {
			data(kt.get("node", propName(p.Name)), p.Value)
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
		data(kt.get("edge", attrLabel), r.Type)
		for _, p := range r.Properties {
			data(kt.get("edge", propName(p.Name)), p.Value)
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
