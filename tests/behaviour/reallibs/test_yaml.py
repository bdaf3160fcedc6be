"""libyaml (examples/yaml): a parser struct the binding allocates, events returned as struct values with an
enum field (the union of event data is not exposed: see the README, "Real libraries")."""

import pytest


def test_version(yamlmod):
    major, minor, patch = yamlmod.yaml_get_version()
    assert yamlmod.yaml_get_version_string() == "%d.%d.%d" % (major, minor, patch)


def events(yamlmod, text):
    T = yamlmod.yaml_event_type_t
    with yamlmod.Parser() as parser:
        parser.set_input_string(text)
        out = []
        while True:
            event = parser.parse()
            out.append((T(event.type), event.start_mark.line, event.start_mark.column))
            if event.type == T.YAML_STREAM_END_EVENT:
                return out


def test_events_of_a_small_document(yamlmod):
    T = yamlmod.yaml_event_type_t
    got = events(yamlmod, b"a: [1, 2]\nb: x\n")
    assert [t for t, _, _ in got] == [
        T.YAML_STREAM_START_EVENT, T.YAML_DOCUMENT_START_EVENT, T.YAML_MAPPING_START_EVENT,
        T.YAML_SCALAR_EVENT, T.YAML_SEQUENCE_START_EVENT, T.YAML_SCALAR_EVENT, T.YAML_SCALAR_EVENT,
        T.YAML_SEQUENCE_END_EVENT, T.YAML_SCALAR_EVENT, T.YAML_SCALAR_EVENT, T.YAML_MAPPING_END_EVENT,
        T.YAML_DOCUMENT_END_EVENT, T.YAML_STREAM_END_EVENT]
    assert got[8][1:] == (1, 0)  # "b" starts line 1 (0-based), column 0


def test_malformed_document_raises(yamlmod):
    with yamlmod.Parser() as parser:
        parser.set_input_string(b"a: [1, 2\n")
        with pytest.raises(yamlmod.YamlError):
            for _ in range(20):
                parser.parse()


def test_closed_parser_raises(yamlmod):
    parser = yamlmod.Parser()
    parser.close()
    with pytest.raises(ValueError):
        parser.parse()


@pytest.mark.parametrize("bad", [None, 42, "text"])
def test_bad_input_is_type_error(yamlmod, bad):
    with yamlmod.Parser() as parser:
        with pytest.raises(TypeError):
            parser.set_input_string(bad)
