module Main exposing (main, view)

import Html exposing (Html, div, text)
import Html.Attributes as A

{-| A page {- nested -} -}
type alias Page = { title : String, count : Int }

view : Page -> Html msg
view page =
    let
        label = page.title ++ ": " ++ String.fromInt (page.count * 2)
    in
    div [ A.class "page" ] [ text label, text """multi
line""", text (String.fromChar 'x') ]

main = view { title = "Home", count = 0x1F }
