//! Whether a value survives the store: JSON has no NaN or infinity, and
//! serde_json writes them as `null` without a word, so a value holding one
//! would come back changed (or not at all). [`check`] walks what a value
//! serializes, without building anything, and finds the first such float.

use std::fmt;

use serde::ser::{self, Serialize};

/// A float JSON cannot hold, and where it is in the value: `""` for the
/// value itself, else a path such as `.stats[2].mean`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NonFinite {
    pub(crate) at: String,
    pub(crate) value: f64,
}

/// The first NaN or infinite float in what `value` serializes, if any.
/// (A value that does not serialize at all is not this check's business:
/// serde_json reports it.)
pub(crate) fn check<T: Serialize + ?Sized>(value: &T) -> Option<NonFinite> {
    let mut path = String::new();
    match value.serialize(Walk { path: &mut path }) {
        Err(Stop::NonFinite(found)) => Some(found),
        Ok(()) | Err(Stop::Other) => None,
    }
}

#[derive(Debug)]
enum Stop {
    NonFinite(NonFinite),
    Other,
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stop::NonFinite(n) => write!(f, "{} at `{}`", n.value, n.at),
            Stop::Other => f.write_str("not serializable"),
        }
    }
}

impl std::error::Error for Stop {}

impl ser::Error for Stop {
    fn custom<M: fmt::Display>(_: M) -> Self {
        Stop::Other
    }
}

struct Walk<'a> {
    path: &'a mut String,
}

impl Walk<'_> {
    fn float(self, value: f64) -> Result<(), Stop> {
        if value.is_finite() {
            Ok(())
        } else {
            Err(Stop::NonFinite(NonFinite {
                at: self.path.clone(),
                value,
            }))
        }
    }
}

/// Walks the members of a sequence, tuple, map or struct.
struct Members<'a> {
    path: &'a mut String,
    index: usize,
    /// A map's key, from `serialize_key` until its value.
    key: Option<String>,
}

impl Members<'_> {
    /// Walk `value` with `segment` appended to the path.
    fn member<T: Serialize + ?Sized>(
        &mut self,
        segment: fmt::Arguments<'_>,
        value: &T,
    ) -> Result<(), Stop> {
        let len = self.path.len();
        fmt::Write::write_fmt(self.path, segment).map_err(|_| Stop::Other)?;
        let out = value.serialize(Walk {
            path: &mut *self.path,
        });
        self.path.truncate(len);
        out
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        let i = self.index;
        self.index += 1;
        self.member(format_args!("[{i}]"), value)
    }
}

macro_rules! fine {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(fn $method(self, _: $ty) -> Result<(), Stop> { Ok(()) })*
    };
}

impl<'a> ser::Serializer for Walk<'a> {
    type Ok = ();
    type Error = Stop;
    type SerializeSeq = Members<'a>;
    type SerializeTuple = Members<'a>;
    type SerializeTupleStruct = Members<'a>;
    type SerializeTupleVariant = Members<'a>;
    type SerializeMap = Members<'a>;
    type SerializeStruct = Members<'a>;
    type SerializeStructVariant = Members<'a>;

    fine!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_i128(i128),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_u128(u128),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_unit_struct(&'static str),
    );

    fn serialize_f32(self, v: f32) -> Result<(), Stop> {
        self.float(f64::from(v))
    }

    fn serialize_f64(self, v: f64) -> Result<(), Stop> {
        self.float(v)
    }

    fn serialize_none(self) -> Result<(), Stop> {
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Stop> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Stop> {
        Ok(())
    }

    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), Stop> {
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        self.members().member(format_args!(".{variant}"), value)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Members<'a>, Stop> {
        Ok(self.members())
    }

    fn serialize_tuple(self, _: usize) -> Result<Members<'a>, Stop> {
        Ok(self.members())
    }

    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Members<'a>, Stop> {
        Ok(self.members())
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Members<'a>, Stop> {
        self.path.push('.');
        self.path.push_str(variant);
        Ok(self.members())
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Members<'a>, Stop> {
        Ok(self.members())
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Members<'a>, Stop> {
        Ok(self.members())
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Members<'a>, Stop> {
        self.path.push('.');
        self.path.push_str(variant);
        Ok(self.members())
    }
}

impl<'a> Walk<'a> {
    fn members(self) -> Members<'a> {
        Members {
            path: self.path,
            index: 0,
            key: None,
        }
    }
}

// The `.Variant` a tuple or struct variant pushes stays on the path until
// the enclosing member truncates it back: a float found inside the
// variant is reported with it.

/// The serde traits of sequences and tuples: each element is a member.
macro_rules! members {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Members<'_> {
            type Ok = ();
            type Error = Stop;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
                self.element(value)
            }
            fn end(self) -> Result<(), Stop> {
                Ok(())
            }
        }
    )*};
}

members!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Members<'_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Stop> {
        // A key as the store writes it: text or a number, else a mark.
        let name = match serde_json::to_value(key) {
            Ok(serde_json::Value::String(s)) => s,
            Ok(serde_json::Value::Number(n)) => n.to_string(),
            _ => "..".to_owned(),
        };
        self.key = Some(name);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        let key = self.key.take().unwrap_or_default();
        self.member(format_args!("[{key:?}]"), value)
    }
    fn end(self) -> Result<(), Stop> {
        Ok(())
    }
}

impl ser::SerializeStruct for Members<'_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        self.member(format_args!(".{name}"), value)
    }
    fn end(self) -> Result<(), Stop> {
        Ok(())
    }
}

impl ser::SerializeStructVariant for Members<'_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        self.member(format_args!(".{name}"), value)
    }
    fn end(self) -> Result<(), Stop> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[derive(serde::Serialize)]
    struct Stats {
        mean: f64,
        samples: Vec<f32>,
    }

    #[derive(serde::Serialize)]
    enum Shape {
        Circle { r: f64 },
        Pair(f64, f64),
        Wrapped(f64),
    }

    fn at(value: &impl Serialize) -> Option<String> {
        check(value).map(|n| n.at)
    }

    #[test]
    fn finds_the_first_non_finite_float_and_says_where() {
        assert_eq!(check(&1.5), None);
        assert_eq!(check(&"text"), None);
        assert_eq!(at(&f64::NAN).as_deref(), Some(""));
        assert_eq!(check(&f32::INFINITY).map(|n| n.value), Some(f64::INFINITY));
        let stats = Stats {
            mean: 2.0,
            samples: vec![1.0, f32::NEG_INFINITY],
        };
        assert_eq!(at(&stats).as_deref(), Some(".samples[1]"));
        assert_eq!(
            at(&vec![Some(1.0), None, Some(f64::NAN)]).as_deref(),
            Some("[2]")
        );
        let map = BTreeMap::from([("a", 1.0), ("b", f64::NAN)]);
        assert_eq!(at(&map).as_deref(), Some(r#"["b"]"#));
        let by_number = BTreeMap::from([(7, f64::NAN)]);
        assert_eq!(at(&by_number).as_deref(), Some(r#"["7"]"#));
        assert_eq!(
            at(&[Shape::Circle { r: f64::NAN }]).as_deref(),
            Some("[0].Circle.r")
        );
        assert_eq!(at(&Shape::Pair(1.0, f64::NAN)).as_deref(), Some(".Pair[1]"));
        assert_eq!(
            at(&(1, Shape::Wrapped(f64::NAN))).as_deref(),
            Some("[1].Wrapped")
        );
        assert_eq!(check(&Shape::Pair(1.0, 2.0)), None);
    }
}
